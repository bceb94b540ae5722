; ModuleID = '/work/main/llmopt/verify/passlisteval/programs/081_switch_dense.c'
source_filename = "/work/main/llmopt/verify/passlisteval/programs/081_switch_dense.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"Mon\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"Tue\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"Wed\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"Thu\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"Fri\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"Sat\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"Sun\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"???\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @days_in_month(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %6, label %14 [
    i32 2, label %7
    i32 4, label %12
    i32 6, label %12
    i32 9, label %12
    i32 11, label %12
    i32 1, label %13
    i32 3, label %13
    i32 5, label %13
    i32 7, label %13
    i32 8, label %13
    i32 10, label %13
    i32 12, label %13
  ]

7:                                                ; preds = %2
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = icmp ne i32 %8, 0
  %10 = zext i1 %9 to i64
  %11 = select i1 %9, i32 29, i32 28
  store i32 %11, ptr %3, align 4
  br label %15

12:                                               ; preds = %2, %2, %2, %2
  store i32 30, ptr %3, align 4
  br label %15

13:                                               ; preds = %2, %2, %2, %2, %2, %2, %2
  store i32 31, ptr %3, align 4
  br label %15

14:                                               ; preds = %2
  store i32 -1, ptr %3, align 4
  br label %15

15:                                               ; preds = %14, %13, %12, %7
  %16 = load i32, ptr %3, align 4
  ret i32 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @weekday_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  switch i32 %4, label %12 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
  ]

5:                                                ; preds = %1
  store ptr @.str, ptr %2, align 8
  br label %13

6:                                                ; preds = %1
  store ptr @.str.1, ptr %2, align 8
  br label %13

7:                                                ; preds = %1
  store ptr @.str.2, ptr %2, align 8
  br label %13

8:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8
  br label %13

9:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8
  br label %13

10:                                               ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  br label %13

11:                                               ; preds = %1
  store ptr @.str.6, ptr %2, align 8
  br label %13

12:                                               ; preds = %1
  store ptr @.str.7, ptr %2, align 8
  br label %13

13:                                               ; preds = %12, %11, %10, %9, %8, %7, %6, %5
  %14 = load ptr, ptr %2, align 8
  ret ptr %14
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fallthrough_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #2
  store i32 0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  switch i32 %4, label %20 [
    i32 5, label %5
    i32 4, label %8
    i32 3, label %11
    i32 2, label %14
    i32 1, label %17
  ]

5:                                                ; preds = %1
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = add nsw i32 %6, 5
  store i32 %7, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %1, %5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = add nsw i32 %9, 4
  store i32 %10, ptr %3, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %1, %8
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add nsw i32 %12, 3
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %1, %11
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = add nsw i32 %15, 2
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %1, %14
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %3, align 4, !tbaa !5
  br label %21

20:                                               ; preds = %1
  store i32 -1, ptr %3, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %20, %17
  %22 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #2
  ret i32 %22
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @roman_value(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !9
  %4 = load i8, ptr %3, align 1, !tbaa !9
  %5 = sext i8 %4 to i32
  switch i32 %5, label %13 [
    i32 73, label %6
    i32 86, label %7
    i32 88, label %8
    i32 76, label %9
    i32 67, label %10
    i32 68, label %11
    i32 77, label %12
  ]

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  store i32 5, ptr %2, align 4
  br label %14

8:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %14

9:                                                ; preds = %1
  store i32 50, ptr %2, align 4
  br label %14

10:                                               ; preds = %1
  store i32 100, ptr %2, align 4
  br label %14

11:                                               ; preds = %1
  store i32 500, ptr %2, align 4
  br label %14

12:                                               ; preds = %1
  store i32 1000, ptr %2, align 4
  br label %14

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @roman_to_int(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #2
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %31, %1
  %7 = load ptr, ptr %2, align 8, !tbaa !10
  %8 = load i8, ptr %7, align 1, !tbaa !9
  %9 = icmp ne i8 %8, 0
  br i1 %9, label %10, label %34

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #2
  %11 = load ptr, ptr %2, align 8, !tbaa !10
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = load i8, ptr %12, align 1, !tbaa !9
  %14 = call i32 @roman_value(i8 noundef signext %13) #3
  store i32 %14, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #2
  %15 = load ptr, ptr %2, align 8, !tbaa !10
  %16 = getelementptr inbounds i8, ptr %15, i64 1
  %17 = load i8, ptr %16, align 1, !tbaa !9
  %18 = call i32 @roman_value(i8 noundef signext %17) #3
  store i32 %18, ptr %5, align 4, !tbaa !5
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %25

22:                                               ; preds = %10
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = sub nsw i32 0, %23
  br label %27

25:                                               ; preds = %10
  %26 = load i32, ptr %4, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %25, %22
  %28 = phi i32 [ %24, %22 ], [ %26, %25 ]
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = add nsw i32 %29, %28
  store i32 %30, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #2
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #2
  br label %31

31:                                               ; preds = %27
  %32 = load ptr, ptr %2, align 8, !tbaa !10
  %33 = getelementptr inbounds i8, ptr %32, i32 1
  store ptr %33, ptr %2, align 8, !tbaa !10
  br label %6, !llvm.loop !12

34:                                               ; preds = %6
  %35 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #2
  ret i32 %35
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!7, !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
