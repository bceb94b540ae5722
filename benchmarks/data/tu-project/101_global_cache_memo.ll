; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/101_global_cache_memo.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/101_global_cache_memo.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cache_valid = internal global [64 x i8] zeroinitializer, align 16
@cache_keys = internal global [64 x i64] zeroinitializer, align 16
@cache_hits = dso_local global i32 0, align 4
@cache_values = internal global [64 x i64] zeroinitializer, align 16
@cache_misses = dso_local global i32 0, align 4
@partition_count.memo = internal global [101 x i64] zeroinitializer, align 16
@partition_count.ready = internal global i32 0, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @cached_compute(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #2
  %7 = load i64, ptr %3, align 8, !tbaa !5
  %8 = mul nsw i64 %7, 2654435761
  %9 = trunc i64 %8 to i32
  %10 = urem i32 %9, 64
  store i32 %10, ptr %4, align 4, !tbaa !9
  %11 = load i32, ptr %4, align 4, !tbaa !9
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [64 x i8], ptr @cache_valid, i64 0, i64 %12
  %14 = load i8, ptr %13, align 1, !tbaa !11
  %15 = zext i8 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %31

17:                                               ; preds = %1
  %18 = load i32, ptr %4, align 4, !tbaa !9
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds [64 x i64], ptr @cache_keys, i64 0, i64 %19
  %21 = load i64, ptr %20, align 8, !tbaa !5
  %22 = load i64, ptr %3, align 8, !tbaa !5
  %23 = icmp eq i64 %21, %22
  br i1 %23, label %24, label %31

24:                                               ; preds = %17
  %25 = load i32, ptr @cache_hits, align 4, !tbaa !9
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr @cache_hits, align 4, !tbaa !9
  %27 = load i32, ptr %4, align 4, !tbaa !9
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [64 x i64], ptr @cache_values, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8, !tbaa !5
  store i64 %30, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %48

31:                                               ; preds = %17, %1
  %32 = load i32, ptr @cache_misses, align 4, !tbaa !9
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr @cache_misses, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  %34 = load i64, ptr %3, align 8, !tbaa !5
  %35 = call i64 @expensive(i64 noundef %34) #3
  store i64 %35, ptr %6, align 8, !tbaa !5
  %36 = load i64, ptr %3, align 8, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !9
  %38 = zext i32 %37 to i64
  %39 = getelementptr inbounds [64 x i64], ptr @cache_keys, i64 0, i64 %38
  store i64 %36, ptr %39, align 8, !tbaa !5
  %40 = load i64, ptr %6, align 8, !tbaa !5
  %41 = load i32, ptr %4, align 4, !tbaa !9
  %42 = zext i32 %41 to i64
  %43 = getelementptr inbounds [64 x i64], ptr @cache_values, i64 0, i64 %42
  store i64 %40, ptr %43, align 8, !tbaa !5
  %44 = load i32, ptr %4, align 4, !tbaa !9
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds [64 x i8], ptr @cache_valid, i64 0, i64 %45
  store i8 1, ptr %46, align 1, !tbaa !11
  %47 = load i64, ptr %6, align 8, !tbaa !5
  store i64 %47, ptr %2, align 8
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  br label %48

48:                                               ; preds = %31, %24
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #2
  %49 = load i64, ptr %2, align 8
  ret i64 %49
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @expensive(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #2
  store i64 0, ptr %3, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #2
  store i64 1, ptr %4, align 8, !tbaa !5
  br label %5

5:                                                ; preds = %18, %1
  %6 = load i64, ptr %4, align 8, !tbaa !5
  %7 = load i64, ptr %2, align 8, !tbaa !5
  %8 = srem i64 %7, 1000
  %9 = icmp sle i64 %6, %8
  br i1 %9, label %11, label %10

10:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #2
  br label %21

11:                                               ; preds = %5
  %12 = load i64, ptr %4, align 8, !tbaa !5
  %13 = load i64, ptr %4, align 8, !tbaa !5
  %14 = mul nsw i64 %12, %13
  %15 = srem i64 %14, 7
  %16 = load i64, ptr %3, align 8, !tbaa !5
  %17 = add nsw i64 %16, %15
  store i64 %17, ptr %3, align 8, !tbaa !5
  br label %18

18:                                               ; preds = %11
  %19 = load i64, ptr %4, align 8, !tbaa !5
  %20 = add nsw i64 %19, 1
  store i64 %20, ptr %4, align 8, !tbaa !5
  br label %5, !llvm.loop !12

21:                                               ; preds = %10
  %22 = load i64, ptr %3, align 8, !tbaa !5
  %23 = load i64, ptr %2, align 8, !tbaa !5
  %24 = add nsw i64 %22, %23
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #2
  ret i64 %24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @cache_clear() #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #2
  store i32 0, ptr %1, align 4, !tbaa !9
  br label %2

2:                                                ; preds = %10, %0
  %3 = load i32, ptr %1, align 4, !tbaa !9
  %4 = icmp slt i32 %3, 64
  br i1 %4, label %6, label %5

5:                                                ; preds = %2
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #2
  br label %13

6:                                                ; preds = %2
  %7 = load i32, ptr %1, align 4, !tbaa !9
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x i8], ptr @cache_valid, i64 0, i64 %8
  store i8 0, ptr %9, align 1, !tbaa !11
  br label %10

10:                                               ; preds = %6
  %11 = load i32, ptr %1, align 4, !tbaa !9
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %1, align 4, !tbaa !9
  br label %2, !llvm.loop !14

13:                                               ; preds = %5
  store i32 0, ptr @cache_misses, align 4, !tbaa !9
  store i32 0, ptr @cache_hits, align 4, !tbaa !9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @partition_count(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !9
  %6 = load i32, ptr @partition_count.ready, align 4, !tbaa !9
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %39, label %8

8:                                                ; preds = %1
  store i64 1, ptr @partition_count.memo, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #2
  store i32 1, ptr %3, align 4, !tbaa !9
  br label %9

9:                                                ; preds = %35, %8
  %10 = load i32, ptr %3, align 4, !tbaa !9
  %11 = icmp sle i32 %10, 100
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #2
  br label %38

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #2
  %14 = load i32, ptr %3, align 4, !tbaa !9
  store i32 %14, ptr %5, align 4, !tbaa !9
  br label %15

15:                                               ; preds = %31, %13
  %16 = load i32, ptr %5, align 4, !tbaa !9
  %17 = icmp sle i32 %16, 100
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #2
  br label %34

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4, !tbaa !9
  %21 = load i32, ptr %3, align 4, !tbaa !9
  %22 = sub nsw i32 %20, %21
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [101 x i64], ptr @partition_count.memo, i64 0, i64 %23
  %25 = load i64, ptr %24, align 8, !tbaa !5
  %26 = load i32, ptr %5, align 4, !tbaa !9
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [101 x i64], ptr @partition_count.memo, i64 0, i64 %27
  %29 = load i64, ptr %28, align 8, !tbaa !5
  %30 = add nsw i64 %29, %25
  store i64 %30, ptr %28, align 8, !tbaa !5
  br label %31

31:                                               ; preds = %19
  %32 = load i32, ptr %5, align 4, !tbaa !9
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %5, align 4, !tbaa !9
  br label %15, !llvm.loop !15

34:                                               ; preds = %18
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %3, align 4, !tbaa !9
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %3, align 4, !tbaa !9
  br label %9, !llvm.loop !16

38:                                               ; preds = %12
  store i32 1, ptr @partition_count.ready, align 4, !tbaa !9
  br label %39

39:                                               ; preds = %38, %1
  %40 = load i32, ptr %2, align 4, !tbaa !9
  %41 = icmp sge i32 %40, 0
  br i1 %41, label %42, label %50

42:                                               ; preds = %39
  %43 = load i32, ptr %2, align 4, !tbaa !9
  %44 = icmp sle i32 %43, 100
  br i1 %44, label %45, label %50

45:                                               ; preds = %42
  %46 = load i32, ptr %2, align 4, !tbaa !9
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [101 x i64], ptr @partition_count.memo, i64 0, i64 %47
  %49 = load i64, ptr %48, align 8, !tbaa !5
  br label %51

50:                                               ; preds = %42, %39
  br label %51

51:                                               ; preds = %50, %45
  %52 = phi i64 [ %49, %45 ], [ -1, %50 ]
  ret i64 %52
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }
attributes #3 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
!15 = distinct !{!15, !13}
!16 = distinct !{!16, !13}
