; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/017_rec_power_binom.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/017_rec_power_binom.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @power_mod(i64 noundef %0, i32 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store i64 %0, ptr %5, align 8, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !5
  %10 = load i32, ptr %6, align 4, !tbaa !9
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %15

12:                                               ; preds = %3
  %13 = load i64, ptr %7, align 8, !tbaa !5
  %14 = urem i64 1, %13
  store i64 %14, ptr %4, align 8
  br label %41

15:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #2
  %16 = load i64, ptr %5, align 8, !tbaa !5
  %17 = load i32, ptr %6, align 4, !tbaa !9
  %18 = udiv i32 %17, 2
  %19 = load i64, ptr %7, align 8, !tbaa !5
  %20 = call i64 @power_mod(i64 noundef %16, i32 noundef %18, i64 noundef %19) #3
  store i64 %20, ptr %8, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %9) #2
  %21 = load i64, ptr %8, align 8, !tbaa !5
  %22 = load i64, ptr %8, align 8, !tbaa !5
  %23 = mul i64 %21, %22
  %24 = load i64, ptr %7, align 8, !tbaa !5
  %25 = urem i64 %23, %24
  store i64 %25, ptr %9, align 8, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !9
  %27 = urem i32 %26, 2
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %37

29:                                               ; preds = %15
  %30 = load i64, ptr %9, align 8, !tbaa !5
  %31 = load i64, ptr %5, align 8, !tbaa !5
  %32 = load i64, ptr %7, align 8, !tbaa !5
  %33 = urem i64 %31, %32
  %34 = mul i64 %30, %33
  %35 = load i64, ptr %7, align 8, !tbaa !5
  %36 = urem i64 %34, %35
  br label %39

37:                                               ; preds = %15
  %38 = load i64, ptr %9, align 8, !tbaa !5
  br label %39

39:                                               ; preds = %37, %29
  %40 = phi i64 [ %36, %29 ], [ %38, %37 ]
  store i64 %40, ptr %4, align 8
  call void @llvm.lifetime.end.p0(i64 8, ptr %9) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #2
  br label %41

41:                                               ; preds = %39, %12
  %42 = load i64, ptr %4, align 8
  ret i64 %42
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @binomial(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !9
  %6 = load i32, ptr %5, align 4, !tbaa !9
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %12, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !tbaa !9
  %10 = load i32, ptr %4, align 4, !tbaa !9
  %11 = icmp sgt i32 %9, %10
  br i1 %11, label %12, label %13

12:                                               ; preds = %8, %2
  store i64 0, ptr %3, align 8
  br label %32

13:                                               ; preds = %8
  %14 = load i32, ptr %5, align 4, !tbaa !9
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %13
  %17 = load i32, ptr %5, align 4, !tbaa !9
  %18 = load i32, ptr %4, align 4, !tbaa !9
  %19 = icmp eq i32 %17, %18
  br i1 %19, label %20, label %21

20:                                               ; preds = %16, %13
  store i64 1, ptr %3, align 8
  br label %32

21:                                               ; preds = %16
  %22 = load i32, ptr %4, align 4, !tbaa !9
  %23 = sub nsw i32 %22, 1
  %24 = load i32, ptr %5, align 4, !tbaa !9
  %25 = sub nsw i32 %24, 1
  %26 = call i64 @binomial(i32 noundef %23, i32 noundef %25) #3
  %27 = load i32, ptr %4, align 4, !tbaa !9
  %28 = sub nsw i32 %27, 1
  %29 = load i32, ptr %5, align 4, !tbaa !9
  %30 = call i64 @binomial(i32 noundef %28, i32 noundef %29) #3
  %31 = add nsw i64 %26, %30
  store i64 %31, ptr %3, align 8
  br label %32

32:                                               ; preds = %21, %20, %12
  %33 = load i64, ptr %3, align 8
  ret i64 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @digit_root(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !5
  %5 = load i64, ptr %3, align 8, !tbaa !5
  %6 = icmp slt i64 %5, 10
  br i1 %6, label %7, label %10

7:                                                ; preds = %1
  %8 = load i64, ptr %3, align 8, !tbaa !5
  %9 = trunc i64 %8 to i32
  store i32 %9, ptr %2, align 4
  br label %24

10:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(i64 8, ptr %4) #2
  store i64 0, ptr %4, align 8, !tbaa !5
  br label %11

11:                                               ; preds = %14, %10
  %12 = load i64, ptr %3, align 8, !tbaa !5
  %13 = icmp sgt i64 %12, 0
  br i1 %13, label %14, label %21

14:                                               ; preds = %11
  %15 = load i64, ptr %3, align 8, !tbaa !5
  %16 = srem i64 %15, 10
  %17 = load i64, ptr %4, align 8, !tbaa !5
  %18 = add nsw i64 %17, %16
  store i64 %18, ptr %4, align 8, !tbaa !5
  %19 = load i64, ptr %3, align 8, !tbaa !5
  %20 = sdiv i64 %19, 10
  store i64 %20, ptr %3, align 8, !tbaa !5
  br label %11, !llvm.loop !11

21:                                               ; preds = %11
  %22 = load i64, ptr %4, align 8, !tbaa !5
  %23 = call i32 @digit_root(i64 noundef %22) #3
  store i32 %23, ptr %2, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %4) #2
  br label %24

24:                                               ; preds = %21, %7
  %25 = load i32, ptr %2, align 4
  ret i32 %25
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
