; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/057_struct_flexible.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/057_struct_flexible.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.message = type { i16, i16, [0 x i8] }

@storage = internal global [512 x i8] zeroinitializer, align 8

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @write_messages(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #2
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #2
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %53, %1
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #2
  br label %56

13:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #2
  %14 = load i64, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr @storage, i64 %14
  store ptr %15, ptr %6, align 8, !tbaa !11
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = srem i32 %16, 3
  %18 = trunc i32 %17 to i16
  %19 = load ptr, ptr %6, align 8, !tbaa !11
  %20 = getelementptr inbounds %struct.message, ptr %19, i32 0, i32 0
  store i16 %18, ptr %20, align 2, !tbaa !13
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  %23 = trunc i32 %22 to i16
  %24 = load ptr, ptr %6, align 8, !tbaa !11
  %25 = getelementptr inbounds %struct.message, ptr %24, i32 0, i32 1
  store i16 %23, ptr %25, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #2
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %40, %13
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = icmp sle i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #2
  br label %43

31:                                               ; preds = %26
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = add nsw i32 97, %32
  %34 = trunc i32 %33 to i8
  %35 = load ptr, ptr %6, align 8, !tbaa !11
  %36 = getelementptr inbounds %struct.message, ptr %35, i32 0, i32 2
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [0 x i8], ptr %36, i64 0, i64 %38
  store i8 %34, ptr %39, align 1, !tbaa !15
  br label %40

40:                                               ; preds = %31
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4, !tbaa !5
  br label %26, !llvm.loop !16

43:                                               ; preds = %30
  %44 = load ptr, ptr %6, align 8, !tbaa !11
  %45 = getelementptr inbounds %struct.message, ptr %44, i32 0, i32 1
  %46 = load i16, ptr %45, align 2, !tbaa !13
  %47 = zext i16 %46 to i64
  %48 = add i64 4, %47
  %49 = add i64 %48, 3
  %50 = and i64 %49, -4
  %51 = load i64, ptr %3, align 8, !tbaa !9
  %52 = add i64 %51, %50
  store i64 %52, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #2
  br label %53

53:                                               ; preds = %43
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %4, align 4, !tbaa !5
  br label %8, !llvm.loop !18

56:                                               ; preds = %12
  %57 = load i64, ptr %3, align 8, !tbaa !9
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #2
  ret i64 %57
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @sum_payload_of_type(i64 noundef %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i16, align 2
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !9
  store i16 %1, ptr %4, align 2, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #2
  store i64 0, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #2
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %46, %2
  %10 = load i64, ptr %5, align 8, !tbaa !9
  %11 = load i64, ptr %3, align 8, !tbaa !9
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %56

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #2
  %14 = load i64, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr @storage, i64 %14
  store ptr %15, ptr %7, align 8, !tbaa !11
  %16 = load ptr, ptr %7, align 8, !tbaa !11
  %17 = getelementptr inbounds %struct.message, ptr %16, i32 0, i32 0
  %18 = load i16, ptr %17, align 2, !tbaa !13
  %19 = zext i16 %18 to i32
  %20 = load i16, ptr %4, align 2, !tbaa !13
  %21 = zext i16 %20 to i32
  %22 = icmp eq i32 %19, %21
  br i1 %22, label %23, label %46

23:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #2
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %42, %23
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = load ptr, ptr %7, align 8, !tbaa !11
  %27 = getelementptr inbounds %struct.message, ptr %26, i32 0, i32 1
  %28 = load i16, ptr %27, align 2, !tbaa !13
  %29 = zext i16 %28 to i32
  %30 = icmp slt i32 %25, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #2
  br label %45

32:                                               ; preds = %24
  %33 = load ptr, ptr %7, align 8, !tbaa !11
  %34 = getelementptr inbounds %struct.message, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [0 x i8], ptr %34, i64 0, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !15
  %39 = zext i8 %38 to i32
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %6, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %32
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4, !tbaa !5
  br label %24, !llvm.loop !19

45:                                               ; preds = %31
  br label %46

46:                                               ; preds = %45, %13
  %47 = load ptr, ptr %7, align 8, !tbaa !11
  %48 = getelementptr inbounds %struct.message, ptr %47, i32 0, i32 1
  %49 = load i16, ptr %48, align 2, !tbaa !13
  %50 = zext i16 %49 to i64
  %51 = add i64 4, %50
  %52 = add i64 %51, 3
  %53 = and i64 %52, -4
  %54 = load i64, ptr %5, align 8, !tbaa !9
  %55 = add i64 %54, %53
  store i64 %55, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #2
  br label %9, !llvm.loop !20

56:                                               ; preds = %9
  %57 = load i32, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #2
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #2
  ret i32 %57
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"short", !7, i64 0}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = distinct !{!19, !17}
!20 = distinct !{!20, !17}
